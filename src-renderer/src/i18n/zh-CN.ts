import { recordsZh } from './messages/records';
import { coreZh } from './messages/core';
import { bigscreenZh } from './messages/bigscreen';
import { campaignsZh } from './messages/campaigns';
import { chronicZh } from './messages/chronic';
import { campaignsUiZh } from './messages/campaigns-ui';
import { hotspotsZh } from './messages/hotspots';
import { whistlesZh } from './messages/whistles';
import { assessmentZh } from './messages/assessment';
import { importZh } from './messages/import';
import { ticketsZh } from './messages/tickets';
import { meetingsZh } from './messages/meetings';
import { serverZh } from './messages/server';

/**
 * The zh-CN message catalog: the default language and the source of truth for message keys.
 * Placeholders are written `{name}`; every other catalog must have the same keys and placeholders
 * (checked by tests/unit/renderer/i18n.test.ts).
 */
export const zhCN = {
  ...ticketsZh,
  ...meetingsZh,
  ...importZh,
  ...campaignsZh,
  ...recordsZh,
  ...campaignsUiZh,
  ...hotspotsZh,
  ...whistlesZh,
  ...bigscreenZh,
  ...assessmentZh,
  ...chronicZh,
  ...coreZh,
  ...serverZh,
  'app.title': '督办工作台',
  'app.subtitle': '12345 热线督办',
  'app.defaultOffice': '市民热线督办室',
  'app.loading': '正在加载…',
  'app.localOnly': '数据只保存在本机',

  'nav.home': '工作台',
  'nav.tickets': '工单',
  'nav.chronic': '疑难件',
  'nav.campaigns': '专项行动',
  'nav.assessment': '考核',
  'nav.records': '表彰问责',
  'nav.bigscreen': '大屏',
  'nav.meetings': '会议',
  'nav.settings': '设置',
  'nav.welcome': '欢迎',
  'nav.import': '导入数据',
  'nav.notFound': '页面不存在',
  'nav.notFoundHint': '地址 {hash} 没有对应的页面，请从左侧菜单选择要打开的栏目。',
  'nav.backHome': '返回工作台',

  'nav.desc.home': '数据概况与各栏目入口',
  'nav.desc.tickets': '查询、筛选、导出全部工单',
  'nav.desc.chronic': '重复诉求、推诿扯皮、超期未办的疑难件',
  'nav.desc.campaigns': '每月一题、吹哨报到等专项行动',
  'nav.desc.assessment': '承办单位三率考核与排名',
  'nav.desc.records': '表彰、问责与通报记录',
  'nav.desc.bigscreen': '指挥大厅全屏态势展示',
  'nav.desc.meetings': '督办例会材料与议定事项',
  'nav.desc.settings': '单位名称、语言、外观与数据管理',

  'cmd.section.navigation': '跳转',
  'cmd.section.view': '视图',
  'cmd.section.data': '数据',
  'cmd.section.help': '帮助',
  'cmd.openPalette': '打开命令面板',
  'cmd.toggleTheme': '切换浅色/深色主题',
  'cmd.toggleSider': '展开/收起导航栏',
  'cmd.goto': '转到：{name}',
  'cmd.import': '导入工单文件',
  'cmd.loadDemo': '载入示范城市数据',
  'cmd.print': '打印当前页面',
  'cmd.switchLanguage': '切换界面语言（中文/English）',
  'cmd.shortcuts': '查看全部快捷键',

  'palette.title': '命令面板',
  'palette.placeholder': '输入命令名称，例如“工单”“主题”',
  'palette.empty': '没有匹配的命令',
  'palette.hint': '↑↓ 选择 · Enter 执行 · Esc 关闭',
  'palette.button': '搜索命令',

  'shortcuts.title': '快捷键',
  'shortcuts.command': '命令',
  'shortcuts.keys': '按键',

  'theme.light': '浅色',
  'theme.dark': '深色',
  'theme.toLight': '切换到浅色主题',
  'theme.toDark': '切换到深色主题',

  'role.label': '当前角色',
  'role.operator': '督办员',
  'role.leader': '分管领导',
  'role.admin': '系统管理员',
  'role.operator.desc': '办理工单、跟踪疑难件；群众个人信息脱敏显示',
  'role.leader.desc': '查看考核与通报，审核签发；可查看完整个人信息（记入审计日志）',
  'role.admin.desc': '维护规则、导入数据和系统设置；可查看完整个人信息（记入审计日志）',

  'welcome.title': '欢迎使用督办工作台',
  'welcome.lead': '工作台中还没有工单数据。可以先载入示范城市体验全部功能，也可以直接导入本市 12345 热线的工单文件。',
  'welcome.demo.title': '载入示范城市',
  'welcome.demo.desc': '生成一个虚构城市近两年的热线工单，含派单流转、回访结果和典型疑难件。数据在本机生成，不含任何真实个人信息。',
  'welcome.demo.size': '工单数量',
  'welcome.demo.sizeOption': '{count} 件',
  'welcome.demo.button': '载入示范数据',
  'welcome.demo.running': '正在生成示范数据…',
  'welcome.demo.done': '示范数据已载入：{count} 件工单',
  'welcome.demo.failed': '载入示范数据失败：{message}。请重试；如仍失败，请到“设置”清空数据后再载入。',
  'welcome.demo.rows': '已处理 {rows} 行',
  'welcome.demo.rate': '{rate} 行/秒',
  'welcome.import.title': '导入工单文件',
  'welcome.import.desc': '支持 CSV 和 XLSX 文件，UTF-8 或 GBK 编码均可。表头按名称自动识别，导入前可以预览并调整对应关系，有问题的行会逐行列出原因。',
  'welcome.import.button': '选择文件导入',
  'welcome.sections': '工作台包括以下栏目',
  'welcome.privacy': '所有数据只保存在这台电脑上，不会上传到任何服务器。',

  'phase.reading': '读取文件',
  'phase.parsing': '解析数据',
  'phase.writing': '写入本机数据库',
  'phase.indexing': '建立索引',
  'phase.done': '完成',

  'home.title': '工作台',
  'home.subtitle': '本机数据概况',
  'home.tickets': '工单总数',
  'home.events': '流转记录',
  'home.range': '受理时间范围',
  'home.spanMonths': '{n} 个月',
  'home.spanDays': '{n} 天',
  'home.lastImport': '最近导入',
  'home.noImport': '尚未导入',
  'home.unitPiece': '件',
  'home.unitRecord': '条',
  'home.sections': '业务栏目',
  'home.open': '进入',
  'home.empty.title': '工作台中还没有工单数据',
  'home.empty.desc': '载入示范城市或导入工单文件后，这里会显示工单总数、受理时间范围和最近一次导入。',
  'home.empty.button': '去载入数据',
  'home.importMore': '导入新数据',

  'coming.badge': '建设中',
  'coming.planned': '本栏目将提供',
  'coming.meanwhile': '在本栏目上线之前，可以先在“工单”和“考核”中查看相关数据。',
  'coming.toTickets': '查看工单',
  'coming.toAssessment': '查看考核',





  'settings.title': '设置',
  'settings.general': '基本设置',
  'settings.office': '单位名称',
  'settings.officeHint': '显示在标题栏和打印材料的页眉中',
  'settings.officePlaceholder': '例如：某某市 12345 热线督办室',
  'settings.language': '界面语言',
  'settings.theme': '外观',
  'settings.role': '当前角色',
  'settings.data': '数据管理',
  'settings.dataHint': '本机共有 {tickets} 件工单、{events} 条流转记录。',
  'settings.clear': '清空全部工单数据',
  'settings.clearConfirmTitle': '确定清空全部工单数据？',
  'settings.clearConfirm': '将删除本机保存的全部工单和流转记录，此操作不能撤销。疑难件、考核快照等记录会保留。建议先导出需要保留的数据。',
  'settings.clearOk': '清空',
  'settings.cleared': '工单数据已清空',
  'settings.clearFailed': '清空失败：{message}。请关闭其他打开本应用的窗口后重试。',
  'settings.about': '关于',
  'settings.version': '版本',
  'settings.platform': '运行环境',
  'settings.platform.electron': '桌面版',
  'settings.platform.browser': '浏览器版',
  'settings.dataDir': '数据目录',
  'settings.saved': '已保存',

  'status.engineStarting': '数据引擎启动中…',
  'status.engineReady': '数据引擎就绪',
  'status.engineError': '数据引擎启动失败：{message}。请重新启动应用；如仍失败，请到“设置”清空数据后重新导入。',
  'status.engineErrorShort': '数据引擎启动失败',
  'status.tickets': '本机工单 {count} 件',
  'status.empty': '本机暂无工单',
  'status.version': '版本 {version}',
  'shell.collapse': '收起导航栏',
  'shell.expand': '展开导航栏',
  'shell.language': '语言',
  'coming.generic': '本栏目正在建设中，完成后将在这里提供相关功能。',

  'common.cancel': '取消',
  'common.ok': '确定',
  'common.retry': '重试',
  'common.none': '无',
  'common.to': '至',

  'error.title': '页面出现错误',
  'error.desc': '“{section}”页面遇到了问题，其他栏目不受影响。可以点击“重新加载”再试；如果反复出现，请把下面的错误信息提供给系统管理员。',
  'error.reload': '重新加载',
  'error.home': '返回工作台',
  'error.unexpected': '操作没有完成：{message}',
} as const;

export type MessageKey = keyof typeof zhCN;

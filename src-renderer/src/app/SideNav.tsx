import { MenuFoldOutlined, MenuUnfoldOutlined } from '@ant-design/icons';
import { Button, Menu, Tooltip } from 'antd';
import { formatKeys, useCommands } from '@renderer/commands';
import { useT } from '@renderer/i18n';
import { NAV_ENTRIES } from './nav-items';
import { navigate, type Route } from './navigation';
import { useShellStore } from './shell-store';

/** The left navigation menu; its entries are the same ones the Alt+n commands use. */
export function SideNav({ current }: { current: Route | null }) {
  const t = useT();
  const collapsed = useShellStore((s) => s.siderCollapsed);
  const toggle = useShellStore((s) => s.toggleSider);
  const commands = useCommands();
  const keysOf = (route: Route) => formatKeys(commands.find((c) => c.id === `nav.${route}`)?.keys)[0];

  return (
    <nav className="duban-sider" style={{ width: collapsed ? 56 : 176 }} data-testid="side-nav">
      <Menu
        mode="inline"
        inlineCollapsed={collapsed}
        selectedKeys={current ? [current] : []}
        onClick={({ key }) => navigate(key as Route)}
        items={NAV_ENTRIES.map((e) => ({
          key: e.route,
          icon: e.icon,
          title: `${t(e.label)}${keysOf(e.route) ? `（${keysOf(e.route)}）` : ''}`,
          label: <span data-testid={`nav-${e.route}`}>{t(e.label)}</span>,
        }))}
      />
      <div className="duban-sider-foot">
        <Tooltip title={collapsed ? t('shell.expand') : t('shell.collapse')} placement="right">
          <Button
            type="text"
            block
            icon={collapsed ? <MenuUnfoldOutlined /> : <MenuFoldOutlined />}
            onClick={toggle}
            aria-label={collapsed ? t('shell.expand') : t('shell.collapse')}
          />
        </Tooltip>
      </div>
    </nav>
  );
}

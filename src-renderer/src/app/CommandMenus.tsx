import { DownOutlined } from '@ant-design/icons';
import { Button, Dropdown } from 'antd';
import { commandLabel, formatKeys, isEnabled, runCommand, useCommands } from '@renderer/commands';
import { sectionLabel } from '@renderer/commands/sections';
import { useLocale } from '@renderer/i18n';

/** The menu bar's menus: one per section, listing that section's commands from the registry. */
const MENU_SECTIONS = ['data', 'view', 'help'] as const;

/** 数据 / 视图 / 帮助 menus built from the same command definitions as the shortcuts and palette. */
export function CommandMenus() {
  useLocale(); // labels follow the language
  const commands = useCommands();
  return (
    <div className="duban-menubar" data-testid="menu-bar">
      {MENU_SECTIONS.map((section) => {
        const items = commands.filter((c) => c.section === section);
        if (items.length === 0) return null;
        return (
          <Dropdown
            key={section}
            trigger={['click']}
            menu={{
              items: items.map((c) => ({
                key: c.id,
                disabled: !isEnabled(c),
                label: (
                  <span className="duban-menu-item" data-testid={`menu-item-${c.id}`}>
                    <span>{commandLabel(c)}</span>
                    {formatKeys(c.keys)[0] ? <kbd>{formatKeys(c.keys)[0]}</kbd> : null}
                  </span>
                ),
              })),
              onClick: ({ key }) => { void runCommand(key); },
            }}
          >
            <Button type="text" size="small" className="duban-menubar-btn" data-testid={`menu-${section}`}>
              {sectionLabel(section)}<DownOutlined style={{ fontSize: 9, marginInlineStart: 2 }} />
            </Button>
          </Dropdown>
        );
      })}
    </div>
  );
}

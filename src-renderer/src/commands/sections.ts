import { t, type MessageKey } from '@renderer/i18n';

const KNOWN: Record<string, MessageKey> = {
  navigation: 'cmd.section.navigation',
  view: 'cmd.section.view',
  data: 'cmd.section.data',
  help: 'cmd.section.help',
};

/** Display order of sections; features' own sections come after these, by first registration. */
export const SECTION_ORDER = ['navigation', 'data', 'view', 'help'];

/** A section's name as shown: the shell's sections are translated, features' are used as given. */
export function sectionLabel(section: string): string {
  const key = KNOWN[section];
  return key ? t(key) : section;
}

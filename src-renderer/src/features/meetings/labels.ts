import type { AgendaItem, AgendaKind, MeetingState } from '@core/meetings';
import type { Translate } from '@renderer/i18n';

export const stateLabel = (s: MeetingState, t: Translate) => t(s === '筹备' ? 'mt.state.draft' : s === '已冻结' ? 'mt.state.frozen' : 'mt.state.ended');
export const stateColor = (s: MeetingState) => (s === '筹备' ? 'gold' : s === '已冻结' ? 'blue' : 'default');
export const kindLabel = (k: AgendaKind, t: Translate) => t(`mt.kind.${k}` as 'mt.kind.case');
/** The kind shown for an agenda entry: an open item brought back from the last meeting says so. */
export const agendaKindLabel = (a: AgendaItem, t: Translate) => (a.carriedItemId ? t('mt.kind.carried') : kindLabel(a.kind, t));

import type { MessageKey } from '@renderer/i18n';
import type { WallRate } from '../data/wall-data';

const KEYS: Record<WallRate, MessageKey> = {
  responseRate: 'bigscreen.rate.responseRate',
  resolutionRate: 'bigscreen.rate.resolutionRate',
  satisfactionRate: 'bigscreen.rate.satisfactionRate',
};

/** The message key of a rate's name on the wall. */
export const rateKey = (r: WallRate): MessageKey => KEYS[r];

import { createContext, useContext } from 'react';
import type { ThemeMode } from '@renderer/theme';

/** What every board on the stage needs: the stage's scale (for sharp charts), its theme, the suppression minimum. */
export type StageContextValue = { scale: number; mode: ThemeMode; minCount: number };

export const StageContext = createContext<StageContextValue>({ scale: 1, mode: 'dark', minCount: 5 });

export function useStage(): StageContextValue {
  return useContext(StageContext);
}

// The result ids issue #2 requires the CLI to print: an oracle kept apart from RESULT_SPECS on purpose.
import type { ResultId } from '../../src/engine/index.ts';

export const REQUIRED_RESULT_IDS: readonly ResultId[] = [
  'nResidentsWithoutGp',
  'residentsWithoutGpShare',
  'nGps',
  'nGpsInTraining',
  'nVacantLists',
  'meanListLength',
  'weeklyHoursPerGp',
  'onCallHoursPerGpPerMonth',
  'newGpEntrants',
  'newGpLeavers',
  'capitationCostNok',
  'publicCostNok',
];

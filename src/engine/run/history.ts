/**
 * The policies as they really were, 2019-2025, as a lever schedule for the backtest (and for the
 * "history" the projection starts from). Dates and rates from FACTS.md and national/basistilskudd_satser.csv.
 */
import { defaultLeverValues, type LeverValues } from '../../levers/values.ts';
import type { LeverChange } from '../schedule.ts';

/** Lever values in force on 1 January 2020 (flat capitation of 499 kr from July 2019, S35). */
export function leversAt2020(): LeverValues {
  return {
    ...defaultLeverValues(),
    capitationModel: 'flat',
    capitationRate: 499,
    alisGrants: 71,
    lis1Positions: 950,
    onCallGrant: 0,
  };
}

/** Dated policy changes 2020-2025 (S12, S16, S17, S3, S37, S47-S51, S66, S67). */
export const POLICY_HISTORY: readonly LeverChange[] = [
  // break point at 1 000 patients from 1 May 2020; the rate below the break point
  { lever: 'capitationModel', from: '2020-05', value: 'breakpoint' },
  { lever: 'capitationRate', from: '2020-05', value: 577 },
  { lever: 'capitationRate', from: '2021-07', value: 642 },
  { lever: 'capitationRate', from: '2022-01', value: 653 },
  { lever: 'capitationRate', from: '2022-07', value: 675 },
  // patient-adjusted capitation and the 2023 budget boost from 1 May 2023 (national average 841.80 kr)
  { lever: 'capitationModel', from: '2023-05', value: 'patientAdjusted' },
  { lever: 'capitationRate', from: '2023-05', value: 841.8 },
  // ALIS grants: 71 (2020), 564 (2021), national scheme from 2022 with 1 338 funded, 431 mill in 2023
  // (≈ 1 870 grants at 230 000 kr, S49, S47)
  { lever: 'alisGrants', from: '2021-01', value: 564 },
  { lever: 'alisGrants', from: '2022-01', value: 1338 },
  { lever: 'alisGrants', from: '2023-01', value: 1870 },
  // LIS1 posts: 950 until 2019, +100 (2020), +38 (2021), 1 150 from 2022
  { lever: 'lis1Positions', from: '2020-01', value: 1050 },
  { lever: 'lis1Positions', from: '2021-01', value: 1088 },
  { lever: 'lis1Positions', from: '2022-01', value: 1150 },
  // legevakt grant: 50 + 12 mill (2022), 50 mill (2023), 70 mill (2024-)
  { lever: 'onCallGrant', from: '2022-01', value: 62 },
  { lever: 'onCallGrant', from: '2023-01', value: 50 },
  { lever: 'onCallGrant', from: '2024-01', value: 70 },
];

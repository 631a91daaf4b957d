/**
 * The policies as they really were, 2020-2026, as a lever schedule: the backtest runs them from 2019, a hindcast
 * from its origin, and the projection from 31 December 2025 with the changes of 1 January 2026 acting in its first
 * month (its start anchors are the levers in force in December 2025, leversInForce). The registry defaults are today's
 * policy: the values this history ends at (policy2026.test.ts checks). Dates and rates from FACTS.md,
 * national/basistilskudd_satser.csv and the seed records (005-012 for 2024-2026); amounts that are not public are
 * marked judgement.
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
    // the levers of the 2026 policy: none of it was in force in 2020
    delegatedConsultRefund: 0,
    onlineGpShare: 0,
    youthFreeVisits: 0,
  };
}

/**
 * Dated policy changes 2020-2026, each lever's in date order (S12, S16, S17, S3, S37, S47-S51, S66, S67; seeds
 * 005-010). A change with `until` gives way to what was in force before it.
 */
export const POLICY_HISTORY: readonly LeverChange[] = [
  // break point at 1 000 patients from 1 May 2020; the rate below the break point
  { lever: 'capitationModel', from: '2020-05', value: 'breakpoint' },
  { lever: 'capitationRate', from: '2020-05', value: 577 },
  { lever: 'capitationRate', from: '2021-07', value: 642 },
  { lever: 'capitationRate', from: '2022-01', value: 653 },
  { lever: 'capitationRate', from: '2022-07', value: 675 },
  // patient-adjusted capitation and the 2023 budget boost from 1 May 2023 (national average 841.80 kr; later rates
  // not collected, held in fixed prices)
  { lever: 'capitationModel', from: '2023-05', value: 'patientAdjusted' },
  { lever: 'capitationRate', from: '2023-05', value: 841.8 },
  // ALIS grants: 71 (2020), 564 (2021), national scheme from 2022 with 1 338 funded, 431 mill in 2023
  // (≈ 1 870 grants at 230 000 kr, S49, S47)
  { lever: 'alisGrants', from: '2021-01', value: 564 },
  { lever: 'alisGrants', from: '2022-01', value: 1338 },
  { lever: 'alisGrants', from: '2023-01', value: 1870 },
  // 560 mill in 2024 (seed 005): ≈ 2 435 grants at 230 000 kr; the 2025 level held (judgement)
  { lever: 'alisGrants', from: '2024-01', value: 2435 },
  // from 1 June 2025 no grant where the ALIS works through an agency or a commercial firm (seed 006); how many
  // agreements that removes is not public: 5 % fewer, judgement (2 435 × 0.95); 2026 held at this level (judgement)
  { lever: 'alisGrants', from: '2025-06', value: 2313 },
  // LIS1 posts: 950 until 2019, +100 (2020), +38 (2021), 1 150 from 2022
  { lever: 'lis1Positions', from: '2020-01', value: 1050 },
  { lever: 'lis1Positions', from: '2021-01', value: 1088 },
  { lever: 'lis1Positions', from: '2022-01', value: 1150 },
  // doctors who had completed LIS1 could take legevakt without a back-up from 30 April 2021 through 2024 (seed 007).
  // The lever set has no legevakt-only competence lever: lis1AsLocum carries it, whose legevakt pathway (more of the
  // hours above a cap or without GPs covered) is the rule's; its locum pathway (locum cover of vacant lists) only
  // splits residents without a GP into those with and without a locum, slightly more covered in 2021-2024.
  { lever: 'lis1AsLocum', from: '2021-05', until: '2024-12', value: 1 },
  // legevakt grant: 50 + 12 mill (2022), 50 mill (2023), 70 mill (2024-, seed 005; 2025-2026 held, judgement)
  { lever: 'onCallGrant', from: '2022-01', value: 62 },
  { lever: 'onCallGrant', from: '2023-01', value: 50 },
  { lever: 'onCallGrant', from: '2024-01', value: 70 },
  // 1 January 2026: refunds for consultations delegated to nurses (chapter H, seed 009; half the GP's own refund,
  // judgement), the online doctor trial (83 mill, ≈ 0.8 % of consultations, seed 010, judgement; its start late in
  // 2025 with 50 mill is left out) and no co-payment for 16-17-year-olds (seed 010). The new GP regulation (seed 008)
  // leaves the levers it touches as they were: shared lists from 0, no cap on legevakt hours.
  { lever: 'delegatedConsultRefund', from: '2026-01', value: 0.5 },
  { lever: 'onlineGpShare', from: '2026-01', value: 0.008 },
  { lever: 'youthFreeVisits', from: '2026-01', value: 1 },
];

/** Months since year 0 of a schedule date: "YYYY" is January (a start) or December (an end), "YYYY-MM" itself. */
function monthOf(date: string, end: boolean): number {
  const year = Number(date.slice(0, 4));
  return year * 12 + (date.length > 4 ? Number(date.slice(5, 7)) - 1 : end ? 11 : 0);
}

/**
 * The lever values in force in a month (December by default): the 2020 values with every change of the history that
 * covers that month, later changes winning (as resolveTimeline applies them).
 */
export function leversInForce(year: number, month = 12): LeverValues {
  const at = year * 12 + month - 1;
  const out = leversAt2020();
  for (const c of POLICY_HISTORY) {
    if (monthOf(c.from, false) > at) continue;
    if (c.until !== undefined && monthOf(c.until, true) < at) continue;
    (out as Record<string, LeverChange['value']>)[c.lever] = c.value;
  }
  return out;
}

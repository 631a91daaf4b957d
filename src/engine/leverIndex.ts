/**
 * Positions of the levers in the engine's encoded lever vector (registry order), named for the model code,
 * and the encoded values of the capitation-model choice.
 */
import { LEVERS } from '../levers/registry.ts';

/** Lever id → position in the lever vector (registry order). */
export const LEVER_INDEX: Readonly<Record<string, number>> = Object.fromEntries(LEVERS.map((l, i) => [l.id, i]));

const LI = LEVER_INDEX as Record<string, number>;
export const LV = {
  capitationRate: LI.capitationRate!,
  capitationModel: LI.capitationModel!,
  breakpointPatients: LI.breakpointPatients!,
  capitationShareTarget: LI.capitationShareTarget!,
  feeForServiceChange: LI.feeForServiceChange!,
  recruitmentGrant: LI.recruitmentGrant!,
  alisGrants: LI.alisGrants!,
  lis1Positions: LI.lis1Positions!,
  lis1AsLocum: LI.lis1AsLocum!,
  simplerCompetenceRules: LI.simplerCompetenceRules!,
  salariedShare: LI.salariedShare!,
  regulatedPracticeTransfer: LI.regulatedPracticeTransfer!,
  collectiveLists: LI.collectiveLists!,
  flexibleHours: LI.flexibleHours!,
  taskSharing: LI.taskSharing!,
  noShortSickNotes: LI.noShortSickNotes!,
  schoolAbsenceOut: LI.schoolAbsenceOut!,
  adminReduction: LI.adminReduction!,
  onCallCapHours: LI.onCallCapHours!,
  onCallOtherDoctors: LI.onCallOtherDoctors!,
  onCallGrant: LI.onCallGrant!,
  onCallNewForms: LI.onCallNewForms!,
  onCallExemptionAge: LI.onCallExemptionAge!,
  delegatedConsultRefund: LI.delegatedConsultRefund!,
  onlineGpShare: LI.onlineGpShare!,
  youthFreeVisits: LI.youthFreeVisits!,
  populationShock: LI.populationShock!,
};
/** capitationModel choice indices (registry order). */
export const MODEL_BREAKPOINT = 1;
export const MODEL_PATIENT_ADJUSTED = 2;

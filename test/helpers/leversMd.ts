// The lever ids of the tables in ../shared/domain/LEVERS.md: an oracle kept apart from the registry on purpose.
/** The 23 lever ids of the tables in ../shared/domain/LEVERS.md, in table order. */
export const LEVERS_MD_IDS = [
  'capitationRate',
  'capitationModel',
  'breakpointPatients',
  'capitationShareTarget',
  'feeForServiceChange',
  'recruitmentGrant',
  'alisGrants',
  'lis1Positions',
  'lis1AsLocum',
  'simplerCompetenceRules',
  'salariedShare',
  'regulatedPracticeTransfer',
  'collectiveLists',
  'flexibleHours',
  'taskSharing',
  'noShortSickNotes',
  'schoolAbsenceOut',
  'adminReduction',
  'onCallCapHours',
  'onCallOtherDoctors',
  'onCallGrant',
  'onCallNewForms',
  'onCallExemptionAge',
];

/** The levers added with the policy of 2024-2026 (issue #18), after those of LEVERS.md in the registry. */
export const LATER_LEVER_IDS = ['delegatedConsultRefund', 'onlineGpShare', 'youthFreeVisits', 'populationShock'];

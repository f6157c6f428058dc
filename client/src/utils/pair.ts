export interface PairLike {
  migrantOrganisation: { id: string };
  educationalInstitution: { id: string };
}

/** A tandem's identity: its migrant organisation and educational institution. */
export function pairKey(pair: PairLike): string {
  return `${pair.migrantOrganisation.id}|${pair.educationalInstitution.id}`;
}

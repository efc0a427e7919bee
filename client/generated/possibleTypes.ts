export type PossibleTypesResultData = {
  possibleTypes: {
    Entity: ['Benefit', 'BodyRegion', 'Condition', 'SafetyNote', 'Sensation', 'SessionStep', 'Symptom', 'Treatment'];
  };
};
const result: PossibleTypesResultData = {
  possibleTypes: {
    Entity: ['Benefit', 'BodyRegion', 'Condition', 'SafetyNote', 'Sensation', 'SessionStep', 'Symptom', 'Treatment'],
  },
};
export default result;

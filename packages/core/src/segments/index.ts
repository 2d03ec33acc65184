export { compileSegment } from './compile.ts';
export type { CompiledSegment } from './compile.ts';
export type { Comparison, SegmentCondition, SegmentRule } from './rule.ts';
export {
  countSegment,
  eachSegmentMember,
  isSegmentMember,
  listSegmentMembers,
  segmentsOfCustomer,
  segmentsOfCustomerAmong,
} from './members.ts';
export type { SegmentMember } from './members.ts';
export {
  createSegment,
  getSegment,
  listSegments,
  segmentRuleOf,
  setSegmentArchived,
  updateSegment,
} from './segment-admin.ts';
export type { SegmentData, SegmentView } from './segment-admin.ts';

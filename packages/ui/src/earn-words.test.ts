import { describe, expect, it } from 'vitest';
import { describeEarnDetail, type EarnMessages } from './earn-words.ts';

const messages: EarnMessages = (key, values) => `${key} rule=${values.rule}`;

describe('describeEarnDetail', () => {
  it('says each rule, the base in points and the later steps signed', () => {
    expect(
      describeEarnDetail(
        [
          { step: 'BASE_RATE', label: 'Standard', points: 1_200 },
          { step: 'PRODUCT_BONUS', label: 'Shoes ×2', points: 30 },
          { step: 'PROMOTION', label: 'Double weekend', points: 60 },
          { step: 'TIER', label: 'Tier multiplier', points: 24 },
          { step: 'PURCHASE_CAP', label: 'At most 500', points: -814 },
        ],
        'fr',
        messages,
      ),
    ).toEqual([
      { what: 'BASE_RATE rule=Standard', points: '1\u202f200' },
      { what: 'PRODUCT_BONUS rule=Shoes ×2', points: '+30' },
      { what: 'PROMOTION rule=Double weekend', points: '+60' },
      { what: 'TIER rule=Tier multiplier', points: '+24' },
      { what: 'PURCHASE_CAP rule=At most 500', points: '-814' },
    ]);
  });

  it('says a step it does not know as OTHER, under its rule', () => {
    expect(
      describeEarnDetail(
        [{ step: 'SOMETHING_NEW', label: 'Later rule', points: 5 }],
        'en',
        messages,
      ),
    ).toEqual([{ what: 'OTHER rule=Later rule', points: '+5' }]);
  });
});

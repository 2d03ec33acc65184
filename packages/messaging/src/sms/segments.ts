// The GSM 03.38 alphabet: a text written only with it travels 7 bits a character (160 in one SMS,
// 153 per part when split); any other character makes the whole text UCS-2 (70, then 67 per part).
const GSM_BASIC =
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà';
/** Characters of the extension table: each takes two septets. */
const GSM_EXTENDED = '^{}\\[~]|€\f';

export type SmsLength = {
  encoding: 'GSM-7' | 'UCS-2';
  /** Characters as the network counts them (septets in GSM-7, UTF-16 units in UCS-2). */
  units: number;
  segments: number;
  /** Units left in the last segment before another one is needed. */
  remaining: number;
};

/** How many SMS a text is sent as, which a marketer sees before sending. */
export const smsLength = (text: string): SmsLength => {
  let septets = 0;
  for (const char of text) {
    if (GSM_BASIC.includes(char)) septets += 1;
    else if (GSM_EXTENDED.includes(char)) septets += 2;
    else {
      const units = text.length;
      const segments = units <= 70 ? 1 : Math.ceil(units / 67);
      return {
        encoding: 'UCS-2',
        units,
        segments,
        remaining: (segments === 1 ? 70 : segments * 67) - units,
      };
    }
  }
  const segments = septets <= 160 ? 1 : Math.ceil(septets / 153);
  return {
    encoding: 'GSM-7',
    units: septets,
    segments,
    remaining: (segments === 1 ? 160 : segments * 153) - septets,
  };
};

/** @jsxRuntime automatic */
import {
  Body,
  Button,
  Container,
  Head,
  Hr,
  Html,
  Img,
  Preview,
  Section,
  Text,
} from '@react-email/components';
import type { ReactNode } from 'react';

/** The brand's colours, as in the portal. */
export const BRAND = {
  ink: '#1d1a27',
  muted: '#575366',
  brand: '#5532b0',
  brandDark: '#45288f',
  surface: '#f1eff7',
};

const text = { margin: '0 0 12px', fontSize: '16px', lineHeight: '24px', color: BRAND.ink };

/** Every Fidèle email: the logo, the content, one button, small print at the foot. */
export const BrandLayout = ({
  locale,
  preview,
  children,
  button,
  footer,
  after,
}: {
  locale: string;
  preview: string;
  children: ReactNode;
  button?: { label: string; url: string };
  footer: ReactNode;
  /** Below the card: an open-tracking image. */
  after?: ReactNode;
}) => (
  <Html lang={locale}>
    <Head />
    <Preview>{preview}</Preview>
    <Body
      style={{
        margin: 0,
        padding: '24px',
        background: BRAND.surface,
        fontFamily: 'system-ui,-apple-system,Segoe UI,Roboto,Arial,sans-serif',
      }}
    >
      <Container
        style={{ maxWidth: '480px', background: '#ffffff', borderRadius: '16px', padding: '24px' }}
      >
        <Text
          style={{ fontSize: '22px', fontWeight: 700, color: BRAND.brandDark, margin: '0 0 16px' }}
        >
          Fidèle
        </Text>
        {children}
        {button ? (
          <Section style={{ margin: '12px 0 24px' }}>
            <Button
              href={button.url}
              style={{
                background: BRAND.brand,
                color: '#ffffff',
                fontWeight: 600,
                padding: '12px 20px',
                borderRadius: '10px',
              }}
            >
              {button.label}
            </Button>
          </Section>
        ) : null}
        <Hr style={{ borderColor: BRAND.surface, margin: '16px 0' }} />
        <Section style={{ fontSize: '13px', lineHeight: '20px', color: BRAND.muted }}>
          {footer}
        </Section>
      </Container>
      {after}
    </Body>
  </Html>
);

export const Paragraph = ({ children }: { children: ReactNode }) => (
  <Text style={text}>{children}</Text>
);

export const Small = ({ children }: { children: ReactNode }) => (
  <Text style={{ ...text, fontSize: '13px', lineHeight: '20px', color: BRAND.muted }}>
    {children}
  </Text>
);

/** A personal code with its QR, to show at the door. */
export const CodeCard = ({
  code,
  qrSrc,
  caption,
}: {
  code: string;
  qrSrc: string;
  caption: string;
}) => (
  <Section
    style={{
      textAlign: 'center',
      background: BRAND.surface,
      borderRadius: '12px',
      padding: '16px',
      margin: '8px 0 16px',
    }}
  >
    <Img src={qrSrc} width="180" height="180" alt={code} style={{ margin: '0 auto' }} />
    <Text
      style={{
        ...text,
        fontFamily: 'ui-monospace,Menlo,monospace',
        fontSize: '18px',
        fontWeight: 700,
        margin: '8px 0 4px',
      }}
    >
      {code}
    </Text>
    <Text style={{ ...text, fontSize: '13px', color: BRAND.muted, margin: 0 }}>{caption}</Text>
  </Section>
);

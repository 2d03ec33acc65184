import { expect, type Page, type Response } from '@playwright/test';

/**
 * Collects what the page's Content-Security-Policy refused: the browser's violation events and
 * its console errors about the policy. Call before the first navigation.
 */
export const watchCspViolations = async (page: Page) => {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy/i.test(message.text()))
      violations.push(message.text());
  });
  await page.exposeFunction('reportCspViolation', (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) =>
      (window as unknown as { reportCspViolation: (t: string) => void }).reportCspViolation(
        `${event.violatedDirective} blocked ${event.blockedURI}`,
      ),
    );
  });
  return violations;
};

/** The document answer carries the platform's security headers, with a nonce-based CSP. */
export const expectSecurityHeaders = async (response: Response | null) => {
  const headers = (await response?.allHeaders()) ?? {};
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('same-origin');
  expect(headers['content-security-policy']).toMatch(/frame-ancestors 'none'/);
  expect(headers['content-security-policy']).toMatch(
    /script-src 'self' 'nonce-[^']+' 'strict-dynamic'/,
  );
};

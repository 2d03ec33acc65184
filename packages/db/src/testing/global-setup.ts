import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { prepareTestServer } from './test-server.ts';

const root = fileURLToPath(new URL('../../../../', import.meta.url));

export default async function setup(project: TestProject) {
  const server = await prepareTestServer(root);
  project.provide('fideleTestServer', {
    serverUrl: server.serverUrl,
    template: server.template,
    prefix: server.prefix,
  });
  return server.teardown;
}

// Once before the unit tests: the CLI and library tests run the built artifacts (dist/cli, dist/lib), as
// users do, so they are built first when missing or older than their sources (scripts/build-node.mjs).
import { ensureNodeBuild } from '../scripts/build-node.mjs';

export default async function setup() {
  await ensureNodeBuild({ log: (line) => console.log(line) });
}

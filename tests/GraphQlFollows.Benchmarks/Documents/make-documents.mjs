// Writes follows-page.root.json, the data the benchmarks resolve follows-page.graphql against.
// (The introspection benchmark runs the query the introspection tests keep, with every option on.)
// Run: node tests/GraphQlFollows.Benchmarks/Documents/make-documents.mjs
import { writeFileSync } from 'node:fs';

const hex = (n, width) => n.toString(16).padStart(width, '0');
const address = (n) => '0x' + hex(n * 2654435761, 40).slice(-40);
const auth = (n) => ({
  address: address(n),
  message: `I authorize CyberConnect from this device using signing key:\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE${hex(n, 8)}`,
  signature: '0x' + hex(n, 130),
});
const edges = Array.from({ length: 50 }, (_, i) => ({
  cursor: Buffer.from(`f:${1700000000000 + i}:${i}`).toString('base64'),
  node: {
    address: address(7),
    handle: `profile_${i}`,
    followedAt: 1700000000000 + i,
    profile: { handle: `profile_${i}`, followerCount: 1000 + i, owner: { address: address(i + 100), followingCount: i } },
    proof: {
      content: JSON.stringify({ op: 'follow', address: address(7), handle: `profile_${i}`, ts: 1700000000000 + i }),
      digest: '0x' + hex(i, 64),
      signature: '0x' + hex(i, 128),
      signingKey: 'MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE' + hex(i, 8),
      signingKeyAuth: auth(7),
    },
  },
}));
const root = {
  address: {
    address: address(7),
    followingCount: 50,
    followings: {
      totalCount: 50,
      pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: edges[0].cursor, endCursor: edges[49].cursor },
      edges,
    },
  },
};
writeFileSync(new URL('./follows-page.root.json', import.meta.url), JSON.stringify(root, null, 1) + '\n');

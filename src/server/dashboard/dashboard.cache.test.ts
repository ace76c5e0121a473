import { expect, it } from 'vitest';
import { ShortCache } from './dashboard.cache.ts';

function setup(ttl = 1000, max = 3) {
  let now = 0;
  let loads = 0;
  const cache = new ShortCache<number>(ttl, max, () => now);
  const load = (v: number) => () => {
    loads++;
    return Promise.resolve(v);
  };
  return { cache, load, tick: (ms: number) => (now += ms), loads: () => loads };
}

it('keeps an answer for its TTL, then loads again', async () => {
  const { cache, load, tick, loads } = setup();
  expect(await cache.get('a', load(1))).toBe(1);
  tick(999);
  expect(await cache.get('a', load(2))).toBe(1);
  tick(1);
  expect(await cache.get('a', load(3))).toBe(3);
  expect(loads()).toBe(2);
});

it('shares one load between concurrent requests', async () => {
  const { cache, load, loads } = setup();
  const [x, y] = await Promise.all([cache.get('a', load(1)), cache.get('a', load(2))]);
  expect([x, y, loads()]).toEqual([1, 1, 1]);
});

it('forgets a failed load, and everything on clear', async () => {
  const { cache, load } = setup();
  await expect(cache.get('a', () => Promise.reject(new Error('down')))).rejects.toThrow('down');
  expect(await cache.get('a', load(1))).toBe(1);
  cache.clear();
  expect(await cache.get('a', load(2))).toBe(2);
});

it('holds at most `max` answers, dropping expired ones first, then the oldest', async () => {
  const { cache, load, tick } = setup(1000, 3);
  await cache.get('a', load(1));
  tick(600);
  await cache.get('b', load(2));
  await cache.get('c', load(3));
  tick(500); // a has expired
  await cache.get('d', load(4));
  expect(cache.size).toBe(3);
  await cache.get('e', load(5)); // all fresh: b, the oldest, goes
  expect(cache.size).toBe(3);
  expect(await cache.get('c', load(30))).toBe(3);
  expect(await cache.get('b', load(20))).toBe(20);
});

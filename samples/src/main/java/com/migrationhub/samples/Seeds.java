package com.migrationhub.samples;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Deterministic randomness. Every VM gets its own generator seeded from the estate seed and its
 * index, so any VM can be rebuilt on its own, in any order, identically on every run and JVM
 * ({@link SplittableRandom}'s algorithm is fixed by its specification).
 */
final class Seeds {
    private Seeds() {
    }

    /** The 64-bit finalizer of MurmurHash3: spreads nearby inputs over the whole range. */
    static long mix(long z) {
        z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
        z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
        return z ^ (z >>> 33);
    }

    static long forVm(long estateSeed, int index) {
        return mix(mix(estateSeed) + 0x9E3779B97F4A7C15L * (index + 1L));
    }

    /** A random pick weighted by {@code weights}; returns the chosen index. */
    static int weighted(SplittableRandom rng, int[] weights) {
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        int r = rng.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            r -= weights[i];
            if (r < 0) {
                return i;
            }
        }
        throw new IllegalStateException("weights must be positive");
    }

    static <T> T pick(SplittableRandom rng, List<T> items) {
        return items.get(rng.nextInt(items.size()));
    }

    /** A log-normal value with the given median: most near it, a long tail above. */
    static double logNormal(SplittableRandom rng, double median, double sigma) {
        return median * Math.exp(sigma * gaussian(rng));
    }

    /** A standard normal value (Box-Muller), kept here so its sequence never depends on the JDK. */
    static double gaussian(SplittableRandom rng) {
        double u1 = 1.0 - rng.nextDouble();
        double u2 = rng.nextDouble();
        return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
    }

    /** A version-4-style UUID whose first byte is fixed, as vSphere's own ids are ("50…", "42…"). */
    static String uuid(SplittableRandom rng, int firstByte) {
        long hi = (rng.nextLong() & 0x00FFFFFFFFFF0FFFL) | ((long) firstByte << 56) | 0x4000L;
        long lo = (rng.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        String h = String.format("%016x%016x", hi, lo);
        return h.substring(0, 8) + "-" + h.substring(8, 12) + "-" + h.substring(12, 16) + "-" + h.substring(16, 20)
                + "-" + h.substring(20);
    }
}

package com.migrationhub.domain.assessment.sizing;

/**
 * The sizes a choice was made among, for one cloud, region, pricing option and set of licences.
 *
 * @param offered    sizes with a compute price there
 * @param considered those left after the options' filters and with every licence priced
 * @param exclusions what the filters removed ("3 previous generation, 4 burstable"), or ""
 */
public record SizePool(int offered, int considered, String exclusions) {

    /** "27 of the 31 sizes priced (excluded: 2 previous generation, 2 burstable)". */
    public String describe() {
        String s = considered + " of the " + offered + " sizes priced";
        return exclusions.isEmpty() ? s : s + " (excluded: " + exclusions + ")";
    }
}

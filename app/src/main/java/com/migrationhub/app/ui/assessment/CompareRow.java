package com.migrationhub.app.ui.assessment;

/**
 * One line of a comparison of two scenarios, as text ready to show: a cloud and region's totals,
 * an assumption that differs, or a server whose results differ.
 *
 * @param first  what it is (cloud region, assumption key, server)
 * @param a      its value in the first scenario
 * @param b      its value in the second
 * @param change the difference, or "" where there is none to show
 * @param up     whether B is dearer than A (for colouring), null when not a cost
 */
public record CompareRow(String first, String a, String b, String change, Boolean up) {
}

/**
 * The three lists (三张清单): needs raised by branches or, through the office, external units; resources branches
 * offer; projects, which are needs once claimed (solo or jointly). Also the functional branches' service record
 * and the co-construction facts the assessment reads.
 */
@NullMarked
package cn.dangjian.pairing.lists;

import org.jspecify.annotations.NullMarked;

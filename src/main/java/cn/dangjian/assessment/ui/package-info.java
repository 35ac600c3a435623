/** The assessment's views: scheme, campaign sheets, results and honours. */
@NullMarked
package cn.dangjian.assessment.ui;

import org.jspecify.annotations.NullMarked;

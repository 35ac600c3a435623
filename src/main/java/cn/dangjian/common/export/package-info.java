/**
 * Files the console hands out: grids and record books (台账) as streamed .xlsx, record books also as A4 PDF with an
 * embedded CJK font. Features give rows and headers in the viewer's language; this package gives the file format.
 */
@NullMarked
package cn.dangjian.common.export;

import org.jspecify.annotations.NullMarked;

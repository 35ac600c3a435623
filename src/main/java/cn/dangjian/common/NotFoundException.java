package cn.dangjian.common;

import org.jspecify.annotations.NullMarked;

/** The record does not exist, or the viewer may not see it: both look the same from outside. */
@NullMarked
public class NotFoundException extends BusinessException {

    public NotFoundException() {
        super("error.notFound");
    }
}

package cn.dangjian.common;

/** The record does not exist, or the viewer may not see it: both look the same from outside. */
public class NotFoundException extends BusinessException {

    public NotFoundException() {
        super("error.notFound");
    }
}

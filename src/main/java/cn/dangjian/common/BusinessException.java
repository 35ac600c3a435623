package cn.dangjian.common;

import java.util.Arrays;

/**
 * A refusal the user can act on. Carries a message key of the i18n bundles, never a sentence,
 * so services stay free of the viewer's language; the UI translates it.
 */
public class BusinessException extends RuntimeException {

    private final String messageKey;
    private final Object[] args;

    public BusinessException(String messageKey, Object... args) {
        super(messageKey + Arrays.toString(args));
        this.messageKey = messageKey;
        this.args = args;
    }

    public String getMessageKey() {
        return messageKey;
    }

    public Object[] getArgs() {
        return args.clone();
    }
}

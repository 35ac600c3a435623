package cn.dangjian.common.ui;

import cn.dangjian.common.BusinessException;
import cn.dangjian.common.Validation;
import cn.dangjian.common.db.DatabaseFailures;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

/** Tells the user what happened, in their language. Maps refusals from services to messages. */
public final class Notifier {

    private static final Logger log = LoggerFactory.getLogger(Notifier.class);
    private static final Pattern FIELD_CODE = Pattern.compile("[a-z][A-Za-z]*");

    private Notifier() {}

    public static void success(Component context, String key, Object... args) {
        Notification n = Notification.show(context.getTranslation(key, args), 3000, Notification.Position.BOTTOM_START);
        n.addThemeVariants(NotificationVariant.SUCCESS);
    }

    public static void error(Component context, Throwable error) {
        Notification n = Notification.show(message(context, error), 6000, Notification.Position.MIDDLE);
        n.addThemeVariants(NotificationVariant.ERROR);
    }

    /** The user-facing sentence for a failure; unexpected failures are logged and stay vague. */
    public static String message(Component context, Throwable error) {
        Throwable e = error;
        while (e != null) {
            if (e instanceof BusinessException be) {
                return context.getTranslation(be.getMessageKey(), translatedArgs(context, be));
            }
            if (e instanceof OptimisticLockingFailureException) {
                return context.getTranslation("error.conflict");
            }
            if (e instanceof AccessDeniedException) {
                return context.getTranslation("error.accessDenied");
            }
            if (e instanceof DataIntegrityViolationException) {
                return context.getTranslation("error.inUse");
            }
            e = e.getCause() == e ? null : e.getCause();
        }
        if (DatabaseFailures.isUnavailable(error)) {
            log.warn("Database unavailable: {}", error.toString());
            return context.getTranslation("error.databaseUnavailable");
        }
        log.error("Unexpected failure", error);
        return context.getTranslation("error.unexpected");
    }

    /**
     * The refusal's arguments as the user reads them: enum and field label keys translated; a bare field code
     * that a service put in a validation message ("note") named by its label too, when it has one.
     */
    private static Object[] translatedArgs(Component context, BusinessException be) {
        Object[] args = be.getArgs();
        boolean validation = be.getMessageKey().startsWith("validation.");
        for (int i = 0; i < args.length; i++) {
            if (!(args[i] instanceof String s)) {
                continue;
            }
            if (s.startsWith("enum.") || s.startsWith(Validation.FIELD_PREFIX)) {
                args[i] = context.getTranslation(s);
            } else if (validation && FIELD_CODE.matcher(s).matches()) {
                String label = context.getTranslation(Validation.fieldKey(s));
                args[i] = label.startsWith("!") ? s : label;
            }
        }
        return args;
    }

    /** Runs a change and reports its outcome; returns whether it succeeded. */
    public static boolean attempt(Component context, Runnable change, String successKey, Object... args) {
        try {
            change.run();
            success(context, successKey, args);
            return true;
        } catch (RuntimeException e) {
            error(context, e);
            return false;
        }
    }
}

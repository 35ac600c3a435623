package cn.dangjian.demo;

import cn.dangjian.security.SystemAuthentication;
import java.util.Comparator;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.ClassUtils;

/** Builds the demo hospital on the first start of the demo profile. */
@Component
@Profile("demo")
@Order(0)
class DemoDataRunner implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDataRunner.class);
    private final List<DemoDataContributor> contributors;

    DemoDataRunner(List<DemoDataContributor> contributors) {
        this.contributors = contributors;
    }

    @Override
    public void run(ApplicationArguments args) {
        SystemAuthentication.runAsSystem(() -> {
            for (DemoDataContributor c : contributors.stream()
                    .sorted(Comparator.comparingInt(DemoDataContributor::order))
                    .toList()) {
                if (c.alreadyLoaded()) {
                    continue;
                }
                long start = System.nanoTime();
                c.load();
                log.info(
                        "Demo data {} loaded in {} ms",
                        ClassUtils.getUserClass(c).getSimpleName(),
                        (System.nanoTime() - start) / 1_000_000);
            }
        });
    }
}

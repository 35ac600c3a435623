package cn.dangjian.calendar;

import cn.dangjian.security.PublicPaths;
import java.nio.charset.StandardCharsets;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Serves the iCalendar feeds to calendar clients; the secret in the path is the only credential. */
@RestController
class IcalController {

    static final MediaType TEXT_CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

    private final FeedService feeds;

    IcalController(FeedService feeds) {
        this.feeds = feeds;
    }

    @GetMapping("/ical/{file}")
    ResponseEntity<String> feed(@PathVariable String file) {
        String token = file.endsWith(".ics") ? file.substring(0, file.length() - 4) : file;
        if (!token.matches("[0-9a-f]{48}")) {
            return ResponseEntity.notFound().build();
        }
        // Our own Content-Disposition keeps Spring from adding "inline;filename=f.txt" to a path it does not know
        // as safe; a browser then saves the feed under the calendar's name, not as f.txt.
        return feeds.render(token)
                .map(feed -> ResponseEntity.ok()
                        .contentType(TEXT_CALENDAR)
                        .header("Cache-Control", "private, max-age=300")
                        .header(
                                HttpHeaders.CONTENT_DISPOSITION,
                                ContentDisposition.inline()
                                        .filename(feed.name() + ".ics", StandardCharsets.UTF_8)
                                        .build()
                                        .toString())
                        .body(feed.body()))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    @Configuration(proxyBeanMethods = false)
    static class Paths {

        @Bean
        PublicPaths calendarFeedPaths() {
            return PublicPaths.of("/ical/**");
        }
    }
}

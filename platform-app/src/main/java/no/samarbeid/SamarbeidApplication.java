package no.samarbeid;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;

/** Samarbeidsplattformen: assembles the modules into one application. */
@SpringBootApplication
@Modulithic(systemName = "Samarbeidsplattformen", sharedModules = "core")
public class SamarbeidApplication {

    public static void main(String[] args) {
        SpringApplication.run(SamarbeidApplication.class, args);
    }
}

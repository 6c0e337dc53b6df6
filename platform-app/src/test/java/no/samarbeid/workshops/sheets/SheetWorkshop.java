package no.samarbeid.workshops.sheets;

import java.util.Map;
import java.util.UUID;
import no.samarbeid.ApiClient;
import no.samarbeid.support.FacilitatedWorkshop;
import no.samarbeid.support.TwoTableWorkshop;
import org.jspecify.annotations.Nullable;

/** A running workshop of Oslo with two tables, driven through the API by its facilitator, and guests joining it. */
final class SheetWorkshop extends TwoTableWorkshop {

    /** The smallest valid PNG: one transparent pixel. */
    static final byte[] PNG = java.util.HexFormat.of()
            .parseHex("89504e470d0a1a0a0000000d49484452000000010000000108060000001f"
                    + "15c4890000000b49444154789c6360000200000500017a5eab3f0000000049454e44ae426082");

    private SheetWorkshop(FacilitatedWorkshop workshop) {
        super(workshop);
    }

    /** A scheduled workshop with tables "Bord 1" and "Bord 2", not yet started. */
    static SheetWorkshop schedule(ApiClient api) {
        return new SheetWorkshop(create(api, "Ark " + UUID.randomUUID()));
    }

    /** A started workshop with tables "Bord 1" and "Bord 2". */
    static SheetWorkshop start(ApiClient api) {
        SheetWorkshop workshop = schedule(api);
        workshop.lifecycle("start");
        return workshop;
    }

    /** A guest joins with the workshop's code at a table; returns the session token. */
    String join(String displayName, String tableId) {
        return joinToken(displayName, "SOCIAL_ENTREPRENEUR", tableId);
    }

    ApiClient.Response asGuest(String token, String method, String path, @Nullable Object body) {
        return api.sendAsGuest(token, method, path, body);
    }

    static Map<String, Object> partner(String name, String zone) {
        return Map.of("name", name, "delivers", "Arbeidstrening og kafédrift", "zone", zone);
    }

    static Map<String, Object> sketch(String partnerId) {
        return Map.of(
                "partnerId", partnerId,
                "sector", "Helse og omsorg",
                "projectType", "DEVELOPMENT_PROJECT",
                "procurement", true,
                "involved", "Innkjøp og tjenesteleder",
                "deliveryForm", "CLOSE_COLLABORATION",
                "howItWorks", "Kafé på sykehjemmet drevet av ungdom i arbeidstrening");
    }
}

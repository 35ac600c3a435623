package cn.dangjian.pairing.ui;

import cn.dangjian.pairing.PairingDetail;
import cn.dangjian.pairing.PairingKind;
import cn.dangjian.pairing.PairingService;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;

/** The agreement on a pairing's page: parties, term, signatories, summary and the signed document. */
class AgreementCard extends Div {

    AgreementCard(PairingDetail d, PairingService pairings) {
        addClassName("card");
        add(new H3(getTranslation("pairing.agreement")));
        add(
                d.kind() == PairingKind.ALLIANCE
                        ? field("alliance.lead", d.branchName())
                        : field("pairing.parties", d.branchName() + " ⇄ " + d.partnerName()));
        add(field(
                "pairing.kind",
                getTranslation("enum.PairingKind." + d.kind()) + " · "
                        + getTranslation("enum.AllianceLevel." + d.level())));
        if (d.unitType() != null) {
            add(field("pairing.unit.type", getTranslation("enum.ExternalUnitType." + d.unitType())));
        }
        if (d.unitContact() != null) {
            add(field("pairing.unit.contact", d.unitContact()));
        }
        add(field(
                "pairing.signedDate",
                d.signedDate() == null
                        ? getTranslation("pairing.notSigned")
                        : d.signedDate().toString()));
        add(field("pairing.term", d.termStart() + " ~ " + d.termEnd()));
        add(field(
                "pairing.signatories",
                (d.signatoryOwn() == null ? "—" : d.signatoryOwn()) + " / "
                        + (d.signatoryPartner() == null ? "—" : d.signatoryPartner())));
        if (d.summary() != null) {
            add(field("pairing.summary", d.summary()));
        }
        if (d.attachment() != null) {
            Anchor link = new Anchor(
                    DownloadHandler.fromInputStream(e -> {
                        var data = pairings.attachment(d.id());
                        return new DownloadResponse(
                                new ByteArrayInputStream(data.data()),
                                data.fileName(),
                                data.contentType(),
                                data.data().length);
                    }),
                    d.attachment().fileName() + " ("
                            + Math.max(1, d.attachment().sizeBytes() / 1024) + " KB)");
            link.setId("pairing-attachment");
            add(new Div(new Span(getTranslation("pairing.attachment") + "："), link));
        }
    }

    private Div field(String key, String value) {
        Span label = new Span(getTranslation(key));
        label.addClassName("pairing-label");
        return new Div(label, new Span(value));
    }
}

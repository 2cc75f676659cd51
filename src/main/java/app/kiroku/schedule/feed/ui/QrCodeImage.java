package app.kiroku.schedule.feed.ui;

import io.nayuki.qrcodegen.QrCode;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** A QR code drawn on the server as SVG, as a data URL (the CSP allows {@code data:} images only). */
final class QrCodeImage {

    /** The quiet zone around the code, in modules, as the standard asks. */
    private static final int BORDER = 4;

    private QrCodeImage() {}

    static String dataUrl(String text) {
        String svg = svg(QrCode.encodeText(text, QrCode.Ecc.MEDIUM));
        return "data:image/svg+xml;base64," + Base64.getEncoder().encodeToString(svg.getBytes(StandardCharsets.UTF_8));
    }

    static String svg(QrCode qr) {
        int size = qr.size + BORDER * 2;
        var path = new StringBuilder();
        for (int y = 0; y < qr.size; y++) {
            for (int x = 0; x < qr.size; x++) {
                if (qr.getModule(x, y)) {
                    path.append('M')
                            .append(x + BORDER)
                            .append(',')
                            .append(y + BORDER)
                            .append("h1v1h-1z");
                }
            }
        }
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + size + " " + size
                + "\" shape-rendering=\"crispEdges\"><rect width=\"100%\" height=\"100%\" fill=\"#fff\"/>"
                + "<path d=\"" + path + "\" fill=\"#000\"/></svg>";
    }
}

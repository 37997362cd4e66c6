package io.helm4j.kube;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Turns a failed answer into the typed {@link KubeException}: from the Kubernetes Status in the body
 * when there is one (its reason, message and causes), else from the HTTP code with client-go's
 * generic wording.
 */
public final class KubeStatus {
    private KubeStatus() {
    }

    /** The exception for an answer with this HTTP code and decoded body (null when it was not JSON). */
    public static KubeException toException(int code, Object body, String rawBody) {
        if (body instanceof Map<?, ?> status && "Status".equals(status.get("kind"))) {
            String reason = str(status.get("reason"));
            String message = str(status.get("message"));
            int statusCode = status.get("code") instanceof Number n ? n.intValue() : code;
            return typed(statusCode, reason, message.isEmpty() ? generic(statusCode, rawBody) : message, causes(status));
        }
        return typed(code, "", generic(code, rawBody), List.of());
    }

    private static KubeException typed(int code, String reason, String message, List<Map<?, ?>> causes) {
        String r = reason.isEmpty() ? defaultReason(code) : reason;
        return switch (r) {
            case "NotFound" -> new KubeNotFoundException(message);
            case "Forbidden" -> new KubeForbiddenException(message);
            case "Unauthorized" -> new KubeUnauthorizedException(message);
            case "AlreadyExists" -> new KubeAlreadyExistsException(message);
            case "Conflict" -> new KubeConflictException(message, conflicts(causes));
            case "Invalid", "BadRequest" -> new KubeInvalidException(code, r, message);
            default -> new KubeException(code, reason, message);
        };
    }

    private static String defaultReason(int code) {
        return switch (code) {
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "NotFound";
            case 409 -> "Conflict";
            case 422 -> "Invalid";
            case 400 -> "BadRequest";
            default -> "";
        };
    }

    /**
     * What client-go's {@code Result.Raw} gives for an error answer (discovery's reads, {@code /version} among them):
     * apimachinery's {@code NewGenericServerResponse} for the code, the server's message being {@code unknown} as for
     * any answer that is not text, whatever Status it carries.
     */
    public static String unstructured(int code) {
        return switch (code) {
            case 403, 415 -> "unknown";
            case 406 -> "the server was unable to respond with a content type that the client supports";
            case 503 -> "the server is currently unable to handle the request";
            case 504 -> "the server was unable to return a response in the time allotted, but may still be processing "
                    + "the request";
            default -> code >= 500 ? generic(code, "unknown") : generic(code, "");
        };
    }

    /** client-go's messages for an error answer that carries no Status. */
    private static String generic(int code, String raw) {
        return switch (code) {
            case 400 -> "the server rejected our request for an unknown reason";
            case 401 -> "the server has asked for the client to provide credentials";
            case 403 -> "the server does not allow access to the requested resource";
            case 404 -> "the server could not find the requested resource";
            case 405 -> "the server does not allow this method on the requested resource";
            case 409 -> "the server reported a conflict";
            case 415 -> "the server responded with the status code 415 but did not return more information";
            case 422 -> "the server rejected our request due to an error in our request";
            case 429 -> "the server has received too many requests and has asked us to try again later";
            default -> code >= 500
                    ? "an error on the server (\"" + (raw == null ? "" : raw.strip()) + "\") has prevented the request from succeeding"
                    : "the server responded with the status code " + code + " but did not return more information";
        };
    }

    private static List<Map<?, ?>> causes(Map<?, ?> status) {
        List<Map<?, ?>> out = new ArrayList<>();
        if (status.get("details") instanceof Map<?, ?> d && d.get("causes") instanceof List<?> l) {
            l.forEach(c -> {
                if (c instanceof Map<?, ?> m) {
                    out.add(m);
                }
            });
        }
        return out;
    }

    /** The FieldManagerConflict causes: {@code conflict with "kubectl" using v1} on field {@code .data.a}. */
    private static List<KubeConflictException.FieldConflict> conflicts(List<Map<?, ?>> causes) {
        List<KubeConflictException.FieldConflict> out = new ArrayList<>();
        for (Map<?, ?> c : causes) {
            if (!"FieldManagerConflict".equals(c.get("reason"))) {
                continue;
            }
            String message = str(c.get("message"));
            out.add(new KubeConflictException.FieldConflict(manager(message), str(c.get("field")), message));
        }
        return out;
    }

    private static String manager(String message) {
        int open = message.indexOf('"');
        int close = open < 0 ? -1 : message.indexOf('"', open + 1);
        return close < 0 ? "" : message.substring(open + 1, close);
    }

    private static String str(Object o) {
        return o == null ? "" : o.toString();
    }
}

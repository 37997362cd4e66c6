package io.helm4j.kube;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class KubeStatusTest {
    @Test
    void aStatusGivesItsReasonMessageAndFieldConflicts() {
        String body = """
                {"kind":"Status","apiVersion":"v1","status":"Failure","reason":"Conflict","code":409,
                 "message":"Apply failed with 2 conflicts: conflict with \\"kubectl\\" using v1: .data.a\\nconflict with \\"ops\\" using v1: .data.b",
                 "details":{"name":"c","kind":"configmaps","causes":[
                  {"reason":"FieldManagerConflict","message":"conflict with \\"kubectl\\" using v1","field":".data.a"},
                  {"reason":"FieldManagerConflict","message":"conflict with \\"ops\\" using v1","field":".data.b"}]}}""";
        KubeException e = KubeStatus.toException(409, KubeJson.parse(body), body);
        assertThat(e).isInstanceOf(KubeConflictException.class);
        assertThat(e.reason()).isEqualTo("Conflict");
        assertThat(((KubeConflictException) e).conflicts()).extracting(KubeConflictException.FieldConflict::manager,
                KubeConflictException.FieldConflict::field).containsExactly(
                org.assertj.core.groups.Tuple.tuple("kubectl", ".data.a"), org.assertj.core.groups.Tuple.tuple("ops", ".data.b"));
    }

    @Test
    void eachReasonHasItsType() {
        assertThat(status(404, "NotFound")).isInstanceOf(KubeNotFoundException.class).hasMessage("m");
        assertThat(status(403, "Forbidden")).isInstanceOf(KubeForbiddenException.class);
        assertThat(status(401, "Unauthorized")).isInstanceOf(KubeUnauthorizedException.class);
        assertThat(status(409, "AlreadyExists")).isInstanceOf(KubeAlreadyExistsException.class);
        assertThat(status(422, "Invalid")).isInstanceOf(KubeInvalidException.class);
        assertThat(status(400, "BadRequest")).isInstanceOf(KubeInvalidException.class);
        assertThat(status(500, "InternalError")).isExactlyInstanceOf(KubeException.class);
    }

    @Test
    void anAnswerWithoutStatusGetsClientGosWording() {
        assertThat(KubeStatus.toException(404, null, "404 page not found"))
                .isInstanceOf(KubeNotFoundException.class).hasMessage("the server could not find the requested resource");
        assertThat(KubeStatus.toException(401, null, "")).isInstanceOf(KubeUnauthorizedException.class)
                .hasMessage("the server has asked for the client to provide credentials");
        assertThat(KubeStatus.toException(503, null, "down\n"))
                .hasMessage("an error on the server (\"down\") has prevented the request from succeeding");
    }

    private static KubeException status(int code, String reason) {
        String body = "{\"kind\":\"Status\",\"reason\":\"" + reason + "\",\"code\":" + code + ",\"message\":\"m\"}";
        return KubeStatus.toException(code, KubeJson.parse(body), body);
    }
}

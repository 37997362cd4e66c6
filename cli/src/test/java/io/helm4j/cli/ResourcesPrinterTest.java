package io.helm4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.helm4j.action.StatusResult;
import io.helm4j.kube.ResourceTable;
import io.helm4j.kube.ResourceTable.Column;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResourcesPrinterTest {
    private static final List<Column> DEPLOY = List.of(new Column("Name", 0), new Column("Ready", 0),
            new Column("Up-to-date", 0), new Column("Available", 0), new Column("Age", 0), new Column("Containers", 1));
    private static final List<Column> POD = List.of(new Column("Name", 0), new Column("Ready", 0),
            new Column("Status", 0), new Column("Restarts", 0), new Column("Age", 0), new Column("IP", 1));

    /** The expected text is the RESOURCES section Helm 4.3.2 printed for the same objects on the cluster. */
    @Test
    void tablesAreKubectlsHumanReadableOnes() {
        String text = ResourcesPrinter.render(List.of(
                new StatusResult.ResourceGroup("v1/Deployment", List.of(new ResourceTable(DEPLOY,
                        List.of(List.of("waits-t-web", "1/1", "1", "1", "16m", "app")))), List.of()),
                new StatusResult.ResourceGroup("v1/Pod(related)", List.of(new ResourceTable(POD,
                        List.of(List.of("waits-t-web-75d5cb77b-69mx8", "1/1", "Running", "0", "16m", "10.0.0.1")))), List.of())));
        assertThat(text).isEqualTo("""
                ==> v1/Deployment
                NAME          READY   UP-TO-DATE   AVAILABLE   AGE
                waits-t-web   1/1     1            1           16m

                ==> v1/Pod(related)
                NAME                          READY   STATUS    RESTARTS   AGE
                waits-t-web-75d5cb77b-69mx8   1/1     Running   0          16m

                """);
    }

    @Test
    void aSecondObjectWithTheSameColumnsHasNoHeaderAndItsOwnWidths() {
        String text = ResourcesPrinter.render(List.of(new StatusResult.ResourceGroup("v1/Deployment", List.of(
                new ResourceTable(DEPLOY, List.of(List.of("a", "1/1", "1", "1", "1m", "x"))),
                new ResourceTable(DEPLOY, List.of(List.of("much-longer-name", "0/1", "0", "0", "1m", "x")))), List.of())));
        assertThat(text).isEqualTo("""
                ==> v1/Deployment
                NAME   READY   UP-TO-DATE   AVAILABLE   AGE
                a      1/1     1            1           1m
                much-longer-name   0/1   0     0     1m

                """);
    }
}

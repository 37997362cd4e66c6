package io.helm4j.kube.status;

import static org.assertj.core.api.Assertions.assertThat;

import io.helm4j.kube.KubeJson;
import io.helm4j.kube.Resource;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** One test per kstatus rule, each on an object as the API server returns it. */
class KStatusTest {
    private static final Instant NOW = Instant.parse("2026-01-01T00:00:30Z");

    static Resource json(String json) {
        return new Resource(KubeJson.parseObject(json));
    }

    static StatusResult status(String json) {
        return KStatus.compute(json(json), NOW);
    }

    private static void is(StatusResult r, Status s, String reason, String message) {
        assertThat(r).isEqualTo(new StatusResult(s, reason, message));
    }

    @Test
    void anObjectBeingDeletedIsTerminating() {
        is(status("""
                {"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"c","deletionTimestamp":"2026-01-01T00:00:00Z"}}"""),
                Status.TERMINATING, "", "Resource scheduled for deletion");
    }

    @Test
    void aGenerationNotYetObservedIsInProgress() {
        is(status("""
                {"apiVersion":"apps/v1","kind":"Deployment","metadata":{"name":"d","generation":3},
                 "spec":{"replicas":1},"status":{"observedGeneration":2,"replicas":1,"updatedReplicas":1,
                 "readyReplicas":1,"availableReplicas":1}}"""),
                Status.IN_PROGRESS, "LatestGenerationNotObserved", "Deployment generation is 3, but latest observed generation is 2");
    }

    @Test
    void reconcilingAndStalledConditionsDecideForAnyKind() {
        is(status("""
                {"apiVersion":"example.com/v1","kind":"Db","metadata":{"name":"x"},
                 "status":{"conditions":[{"type":"Reconciling","status":"True","reason":"Provisioning","message":"disk"}]}}"""),
                Status.IN_PROGRESS, "Provisioning", "disk");
        is(status("""
                {"apiVersion":"example.com/v1","kind":"Db","metadata":{"name":"x"},
                 "status":{"conditions":[{"type":"Stalled","status":"True","reason":"NoQuota","message":"quota"}]}}"""),
                Status.FAILED, "NoQuota", "quota");
    }

    @Test
    void otherKindsUseTheirReadyConditionElseAreCurrent() {
        is(status("""
                {"apiVersion":"example.com/v1","kind":"Db","metadata":{"name":"x"},
                 "status":{"conditions":[{"type":"Ready","status":"False","reason":"Waiting","message":"not yet"}]}}"""),
                Status.IN_PROGRESS, "Waiting", "not yet");
        is(status("""
                {"apiVersion":"example.com/v1","kind":"Db","metadata":{"name":"x"},
                 "status":{"conditions":[{"type":"Ready","status":"True"}]}}"""), Status.CURRENT, "", "Resource is Ready");
        is(status("""
                {"apiVersion":"example.com/v1","kind":"Db","metadata":{"name":"x"}}"""), Status.CURRENT, "", "Resource is current");
    }

    @Test
    void aDeploymentWaitsForItsCounters() {
        String base = """
                {"apiVersion":"apps/v1","kind":"Deployment","metadata":{"name":"d","generation":1},"spec":{"replicas":2},
                 "status":{"observedGeneration":1,%s,"conditions":[
                   {"type":"Available","status":"True"},{"type":"Progressing","status":"True","reason":"NewReplicaSetAvailable"}]}}""";
        is(status(base.formatted("\"replicas\":1")), Status.IN_PROGRESS, "LessReplicas", "Replicas: 1/2");
        is(status(base.formatted("\"replicas\":2,\"updatedReplicas\":1")), Status.IN_PROGRESS, "LessUpdated", "Updated: 1/2");
        is(status(base.formatted("\"replicas\":3,\"updatedReplicas\":2")), Status.IN_PROGRESS, "ExtraPods", "Pending termination: 1");
        is(status(base.formatted("\"replicas\":2,\"updatedReplicas\":2,\"availableReplicas\":0")),
                Status.IN_PROGRESS, "LessAvailable", "Available: 0/2");
        is(status(base.formatted("\"replicas\":2,\"updatedReplicas\":2,\"availableReplicas\":2,\"readyReplicas\":1")),
                Status.IN_PROGRESS, "LessReady", "Ready: 1/2");
        is(status(base.formatted("\"replicas\":2,\"updatedReplicas\":2,\"availableReplicas\":2,\"readyReplicas\":2")),
                Status.CURRENT, "", "Deployment is available. Replicas: 2");
    }

    @Test
    void aDeploymentPastItsProgressDeadlineFails() {
        is(status("""
                {"apiVersion":"apps/v1","kind":"Deployment","metadata":{"name":"d"},"spec":{"progressDeadlineSeconds":60},
                 "status":{"conditions":[{"type":"Progressing","status":"False","reason":"ProgressDeadlineExceeded"}]}}"""),
                Status.FAILED, "ProgressDeadlineExceeded", "Progress deadline exceeded");
    }

    @Test
    void aDeploymentWithADeadlineNeedsItsNewReplicaSetAvailable() {
        is(status("""
                {"apiVersion":"apps/v1","kind":"Deployment","metadata":{"name":"d"},"spec":{"replicas":1,"progressDeadlineSeconds":600},
                 "status":{"replicas":1,"updatedReplicas":1,"availableReplicas":1,"readyReplicas":1,
                  "conditions":[{"type":"Progressing","status":"True","reason":"ReplicaSetUpdated"}]}}"""),
                Status.IN_PROGRESS, "ReplicaSetNotAvailable", "ReplicaSet not Available");
    }

    @Test
    void aStatefulSetWaitsForReadyCurrentAndRevision() {
        String base = """
                {"apiVersion":"apps/v1","kind":"StatefulSet","metadata":{"name":"s"},"spec":{"replicas":2%s},"status":{%s}}""";
        is(status(base.formatted("", "\"replicas\":2,\"readyReplicas\":1")), Status.IN_PROGRESS, "LessReady", "Ready: 1/2");
        is(status(base.formatted("", "\"replicas\":2,\"readyReplicas\":2,\"currentReplicas\":1")),
                Status.IN_PROGRESS, "LessCurrent", "current: 1/2");
        is(status(base.formatted("", "\"replicas\":2,\"readyReplicas\":2,\"currentReplicas\":2,"
                + "\"currentRevision\":\"a\",\"updateRevision\":\"b\"")),
                Status.IN_PROGRESS, "RevisionMismatch", "Waiting for updated revision to match current");
        is(status(base.formatted(",\"updateStrategy\":{\"type\":\"RollingUpdate\",\"rollingUpdate\":{\"partition\":1}}",
                "\"replicas\":2,\"readyReplicas\":2,\"updatedReplicas\":1")),
                Status.CURRENT, "", "Partition rollout complete. updated: 1");
        is(status(base.formatted(",\"updateStrategy\":{\"type\":\"OnDelete\"}", "")),
                Status.CURRENT, "", "StatefulSet is using the ondelete update strategy");
        is(status(base.formatted("", "\"replicas\":2,\"readyReplicas\":2,\"currentReplicas\":2,"
                + "\"currentRevision\":\"a\",\"updateRevision\":\"a\"")),
                Status.CURRENT, "", "All replicas scheduled as expected. Replicas: 2");
    }

    @Test
    void aDaemonSetNeedsObservedGenerationThenItsCounters() {
        is(status("""
                {"apiVersion":"apps/v1","kind":"DaemonSet","metadata":{"name":"x","generation":1},"status":{}}"""),
                Status.IN_PROGRESS, "NoObservedGeneration", "DaemonSet status.observedGeneration not found");
        is(status("""
                {"apiVersion":"apps/v1","kind":"DaemonSet","metadata":{"name":"x","generation":1},"status":{"observedGeneration":1,
                 "desiredNumberScheduled":2,"currentNumberScheduled":2,"updatedNumberScheduled":2,"numberAvailable":2,"numberReady":1}}"""),
                Status.IN_PROGRESS, "LessReady", "Ready: 1/2");
        is(status("""
                {"apiVersion":"apps/v1","kind":"DaemonSet","metadata":{"name":"x","generation":1},"status":{"observedGeneration":1,
                 "desiredNumberScheduled":2,"currentNumberScheduled":2,"updatedNumberScheduled":2,"numberAvailable":2,"numberReady":2}}"""),
                Status.CURRENT, "", "All replicas scheduled as expected. Replicas: 2");
    }

    @Test
    void aReplicaSetWaitsForLabelledAvailableAndReady() {
        is(status("""
                {"apiVersion":"apps/v1","kind":"ReplicaSet","metadata":{"name":"r"},"spec":{"replicas":1},
                 "status":{"replicas":1,"fullyLabeledReplicas":1,"availableReplicas":0}}"""),
                Status.IN_PROGRESS, "LessAvailable", "Available: 0/1");
        is(status("""
                {"apiVersion":"apps/v1","kind":"ReplicaSet","metadata":{"name":"r"},"spec":{"replicas":1},
                 "status":{"conditions":[{"type":"ReplicaFailure","status":"True"}]}}"""),
                Status.IN_PROGRESS, "ReplicaFailure", "Replica Failure condition. Check Pods");
        is(status("""
                {"apiVersion":"apps/v1","kind":"ReplicaSet","metadata":{"name":"r"},"spec":{"replicas":1},
                 "status":{"replicas":1,"fullyLabeledReplicas":1,"availableReplicas":1,"readyReplicas":1}}"""),
                Status.CURRENT, "", "ReplicaSet is available. Replicas: 1");
    }

    @Test
    void aPodByPhaseReadinessCrashLoopAndScheduling() {
        is(status("""
                {"apiVersion":"v1","kind":"Pod","metadata":{"name":"p"},"status":{"phase":"Running",
                 "conditions":[{"type":"Ready","status":"True"}]}}"""), Status.CURRENT, "", "Pod is Ready");
        is(status("""
                {"apiVersion":"v1","kind":"Pod","metadata":{"name":"p"},"status":{"phase":"Running",
                 "conditions":[{"type":"Ready","status":"False"}]}}"""),
                Status.IN_PROGRESS, "PodRunningNotReady", "Pod is running but is not Ready");
        is(status("""
                {"apiVersion":"v1","kind":"Pod","metadata":{"name":"p"},"status":{"phase":"Running",
                 "containerStatuses":[{"name":"app","state":{"waiting":{"reason":"CrashLoopBackOff"}}},
                                      {"name":"side","state":{"running":{}}}]}}"""),
                Status.FAILED, "ContainerCrashLooping", "Containers in CrashLoop state: app");
        String pending = """
                {"apiVersion":"v1","kind":"Pod","metadata":{"name":"p","creationTimestamp":"%s"},"status":{"phase":"Pending",
                 "conditions":[{"type":"PodScheduled","status":"False","reason":"Unschedulable"}]}}""";
        is(status(pending.formatted("2026-01-01T00:00:20Z")), Status.IN_PROGRESS, "PodNotScheduled", "Pod has not been scheduled");
        is(status(pending.formatted("2026-01-01T00:00:10Z")), Status.FAILED, "PodUnschedulable", "Pod could not be scheduled");
        is(status("""
                {"apiVersion":"v1","kind":"Pod","metadata":{"name":"p"},"status":{"phase":"Pending"}}"""),
                Status.IN_PROGRESS, "PodPending", "Pod is in the Pending phase");
        is(status("""
                {"apiVersion":"v1","kind":"Pod","metadata":{"name":"p"},"status":{"phase":"Failed"}}"""),
                Status.CURRENT, "", "Pod has completed, but not successfully");
        is(status("""
                {"apiVersion":"v1","kind":"Pod","metadata":{"name":"p"}}"""), Status.IN_PROGRESS, "PodNotObserved", "Pod phase not available");
    }

    @Test
    void aPvcMustBeBound() {
        is(status("""
                {"apiVersion":"v1","kind":"PersistentVolumeClaim","metadata":{"name":"c"},"status":{"phase":"Pending"}}"""),
                Status.IN_PROGRESS, "NotBound", "PVC is not Bound. phase: Pending");
        is(status("""
                {"apiVersion":"v1","kind":"PersistentVolumeClaim","metadata":{"name":"c"},"status":{"phase":"Bound"}}"""),
                Status.CURRENT, "", "PVC is Bound");
    }

    @Test
    void aLoadBalancerServiceNeedsAClusterIp() {
        is(status("""
                {"apiVersion":"v1","kind":"Service","metadata":{"name":"s"},"spec":{"type":"LoadBalancer"}}"""),
                Status.IN_PROGRESS, "NoIPAssigned", "ClusterIP not set. Service type: LoadBalancer");
        is(status("""
                {"apiVersion":"v1","kind":"Service","metadata":{"name":"s"},"spec":{"clusterIP":"10.0.0.1"}}"""),
                Status.CURRENT, "", "Service is ready");
    }

    @Test
    void aJobIsCurrentOnceStartedAndFailedOnFailure() {
        is(status("""
                {"apiVersion":"batch/v1","kind":"Job","metadata":{"name":"j"},"spec":{}}"""),
                Status.IN_PROGRESS, "JobNotStarted", "Job not started");
        is(status("""
                {"apiVersion":"batch/v1","kind":"Job","metadata":{"name":"j"},"spec":{},"status":{"startTime":"x","active":1}}"""),
                Status.CURRENT, "", "Job in progress. success:0, active: 1, failed: 0");
        is(status("""
                {"apiVersion":"batch/v1","kind":"Job","metadata":{"name":"j"},"spec":{"completions":1},
                 "status":{"failed":2,"conditions":[{"type":"Failed","status":"True"}]}}"""),
                Status.FAILED, "JobFailed", "Job Failed. failed: 2/1");
    }

    @Test
    void helmsHookRulesWaitForAJobToComplete() {
        assertThat(HookRules.hook(json("""
                {"apiVersion":"batch/v1","kind":"Job","metadata":{"name":"j"},"status":{"startTime":"x","active":1}}""")))
                .isEqualTo(new StatusResult(Status.IN_PROGRESS, "JobInProgress", "Job in progress"));
        assertThat(HookRules.hook(json("""
                {"apiVersion":"batch/v1","kind":"Job","metadata":{"name":"j"},"status":{"succeeded":1,
                 "conditions":[{"type":"Complete","status":"True"}]}}""")))
                .isEqualTo(new StatusResult(Status.CURRENT, "", "Job Completed. succeeded: 1/1"));
        assertThat(HookRules.hook(json("""
                {"apiVersion":"v1","kind":"Pod","metadata":{"name":"t"},"status":{"phase":"Failed"}}""")))
                .isEqualTo(new StatusResult(Status.FAILED, "PodFailed", "pod t failed"));
        assertThat(HookRules.hook(json("""
                {"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"t"}}""")).status()).isEqualTo(Status.CURRENT);
    }

    @Test
    void aCrdIsCurrentWhenEstablishedAndFailsWhenNamesAreRefused() {
        is(status("""
                {"apiVersion":"apiextensions.k8s.io/v1","kind":"CustomResourceDefinition","metadata":{"name":"a.b"},
                 "status":{"conditions":[{"type":"Established","status":"True"}]}}"""), Status.CURRENT, "", "CRD is established");
        is(status("""
                {"apiVersion":"apiextensions.k8s.io/v1","kind":"CustomResourceDefinition","metadata":{"name":"a.b"},
                 "status":{"conditions":[{"type":"NamesAccepted","status":"False","reason":"MultipleNamesNotAllowed","message":"taken"}]}}"""),
                Status.FAILED, "MultipleNamesNotAllowed", "taken");
        is(status("""
                {"apiVersion":"apiextensions.k8s.io/v1","kind":"CustomResourceDefinition","metadata":{"name":"a.b"}}"""),
                Status.IN_PROGRESS, "Installing", "Install in progress");
    }

    @Test
    void anApiServiceWaitsForAvailable() {
        is(status("""
                {"apiVersion":"apiregistration.k8s.io/v1","kind":"APIService","metadata":{"name":"v1.x"},
                 "status":{"conditions":[{"type":"Available","status":"False","reason":"MissingEndpoints","message":"no endpoints"}]}}"""),
                Status.IN_PROGRESS, "MissingEndpoints", "no endpoints");
        is(status("""
                {"apiVersion":"apiregistration.k8s.io/v1","kind":"APIService","metadata":{"name":"v1.x"},
                 "status":{"conditions":[{"type":"Available","status":"True"}]}}"""), Status.CURRENT, "", "APIService is available");
    }

    @Test
    void secretsConfigMapsAndCronJobsAreAlwaysReady() {
        is(status("""
                {"apiVersion":"batch/v1","kind":"CronJob","metadata":{"name":"c"}}"""), Status.CURRENT, "", "Resource is always ready");
    }

    @Test
    void aPodSaysWhyItIsNotReady() {
        Resource pod = json("""
                {"apiVersion":"v1","kind":"Pod","metadata":{"name":"web-1"},"status":{"phase":"Pending",
                 "containerStatuses":[{"name":"app","state":{"waiting":{"reason":"ImagePullBackOff","message":"Back-off pulling image"}}}]}}""");
        assertThat(PodDiagnosis.describe(pod)).isEqualTo("pod web-1: container app ImagePullBackOff: Back-off pulling image");
        Resource unschedulable = json("""
                {"apiVersion":"v1","kind":"Pod","metadata":{"name":"web-2"},"status":{"phase":"Pending",
                 "conditions":[{"type":"PodScheduled","status":"False","reason":"Unschedulable","message":"0/1 nodes are available"}]}}""");
        assertThat(PodDiagnosis.describe(unschedulable)).isEqualTo("pod web-2: Unschedulable: 0/1 nodes are available");
        Resource notReady = json("""
                {"apiVersion":"v1","kind":"Pod","metadata":{"name":"web-3"},"status":{"phase":"Running",
                 "conditions":[{"type":"Ready","status":"False","reason":"ContainersNotReady"}]}}""");
        assertThat(PodDiagnosis.describe(notReady)).isEqualTo("pod web-3: NotReady: ContainersNotReady");
        Resource failed = json("""
                {"apiVersion":"v1","kind":"Pod","metadata":{"name":"job-x"},"status":{"phase":"Failed",
                 "containerStatuses":[{"name":"main","state":{"terminated":{"exitCode":1,"reason":"Error"}}}]}}""");
        assertThat(PodDiagnosis.describe(failed)).isEqualTo("pod job-x: container main Error (exit code 1)");
        assertThat(PodDiagnosis.describe(json("""
                {"apiVersion":"v1","kind":"Pod","metadata":{"name":"ok"},"status":{"phase":"Running",
                 "conditions":[{"type":"Ready","status":"True"}]}}"""))).isEmpty();
    }
}

package org.integrationgateway;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadPoolExecutor;
import org.integrationgateway.shared.ClusterLock;
import org.integrationgateway.shared.PeriodicTask;
import org.junit.jupiter.api.Test;

/**
 * Issue 12 item 2: background work runs once across the cluster. Every class of the application that starts
 * background work (constructs a {@link PeriodicTask}, a thread, or an executor) must reach
 * {@link ClusterLock#runExclusively} (or {@link ClusterLock#acquire}) from its own code, through calls and method
 * references into the application's classes, or be on {@link #PER_NODE} with the reason why each node runs it.
 * {@code docs/deployment.md} ("Scheduled work across nodes") lists the same inventory.
 */
class ScheduledWorkRulesTests {

    /** Background work every node runs for itself, and why that is right. */
    static final Map<String, String> PER_NODE = Map.of(
            "org.integrationgateway.realtime.LiveSubscriptions",
            "sends events to the SSE connections open on this node",
            "org.integrationgateway.realtime.PostgresWakeUp",
            "LISTENs for this node, so that its own tail wakes when any node positions events",
            "org.integrationgateway.research.ResearchImports",
            "runs the import a person just started on this node; the batch row is the claim, no other node sees it queued");

    private static final int DEPTH = 5;
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackagesOf(IntegrationGatewayApplication.class);

    @Test
    void everyClassThatStartsBackgroundWorkTakesAClusterLeaseOrSaysWhyEachNodeRunsIt() {
        List<JavaClass> starters = starters();
        assertThat(starters).extracting(JavaClass::getName).as("the rule selects the known background workers")
                .contains("org.integrationgateway.realtime.StreamWorkers",
                        "org.integrationgateway.integration.WebhookWorker",
                        "org.integrationgateway.realtime.InboxWorkers",
                        "org.integrationgateway.identity.ExpiredSessionCleanup");
        List<String> unleased = starters.stream()
                .filter(starter -> !PER_NODE.containsKey(starter.getName()))
                .filter(starter -> !reachesClusterLock(starter))
                .map(JavaClass::getName)
                .toList();
        assertThat(unleased).as("background work that neither takes a ClusterLock lease nor is listed as per-node"
                + " work with a reason").isEmpty();
    }

    @Test
    void thePerNodeListNamesOnlyClassesThatStartBackgroundWorkWithoutALease() {
        List<String> starters = starters().stream().map(JavaClass::getName).toList();
        assertThat(starters).containsAll(PER_NODE.keySet());
        PER_NODE.keySet().forEach(name -> assertThat(reachesClusterLock(CLASSES.get(name)))
                .as("%s takes a lease: take it off the per-node list", name).isFalse());
    }

    @Test
    void theReachabilityCheckSeesLeasesTakenThroughCollaborators() {
        assertThat(reachesClusterLock(CLASSES.get("org.integrationgateway.realtime.InboxWorkers")))
                .as("the inbox workers lease through MailDelivery and InboxOverdueCheck").isTrue();
        assertThat(reachesClusterLock(CLASSES.get("org.integrationgateway.realtime.LiveSubscriptions"))).isFalse();
    }

    private static List<JavaClass> starters() {
        return CLASSES.stream()
                .filter(type -> !type.isEquivalentTo(PeriodicTask.class))
                .filter(ScheduledWorkRulesTests::startsBackgroundWork)
                .toList();
    }

    private static boolean startsBackgroundWork(JavaClass type) {
        boolean constructs = type.getConstructorCallsFromSelf().stream().anyMatch(call -> {
            JavaClass target = call.getTargetOwner();
            return target.isEquivalentTo(PeriodicTask.class) || target.isEquivalentTo(Thread.class)
                    || target.isAssignableTo(ThreadPoolExecutor.class);
        });
        boolean factories = type.getMethodCallsFromSelf().stream().anyMatch(call ->
                (call.getTargetOwner().isEquivalentTo(Executors.class) && call.getName().startsWith("new"))
                        || (call.getTarget().getRawReturnType().isEquivalentTo(Thread.class)
                        && call.getTargetOwner().getPackageName().startsWith("org.integrationgateway")));
        return constructs || factories;
    }

    /** True when code of {@code type} calls into the cluster lock, directly or through application classes. */
    private static boolean reachesClusterLock(JavaClass type) {
        Set<JavaCodeUnit> seen = new HashSet<>();
        Deque<JavaCodeUnit> frontier = new ArrayDeque<>(type.getCodeUnits());
        for (int depth = 0; depth < DEPTH && !frontier.isEmpty(); depth++) {
            Deque<JavaCodeUnit> next = new ArrayDeque<>();
            for (JavaCodeUnit unit : frontier) {
                if (!seen.add(unit)) {
                    continue;
                }
                for (var call : unit.getMethodCallsFromSelf()) {
                    if (call.getTargetOwner().isEquivalentTo(ClusterLock.class)
                            && Set.of("runExclusively", "acquire").contains(call.getName())) {
                        return true;
                    }
                    call.getTarget().resolveMember().ifPresent(member -> follow(member, next));
                }
                for (var reference : unit.getMethodReferencesFromSelf()) {
                    reference.getTarget().resolveMember().ifPresent(member -> follow(member, next));
                }
            }
            frontier = next;
        }
        return false;
    }

    private static void follow(JavaCodeUnit member, Deque<JavaCodeUnit> next) {
        if (member.getOwner().getPackageName().startsWith("org.integrationgateway")) {
            next.add(member);
        }
    }
}

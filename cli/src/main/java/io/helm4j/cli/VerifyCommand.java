package io.helm4j.cli;

import io.helm4j.action.Verify;
import io.helm4j.action.VerifyOptions;
import java.io.PrintWriter;
import java.nio.file.Path;

/** {@code helm4j verify PATH}: checks a chart archive against its {@code .prov} file and a keyring. */
public final class VerifyCommand extends HelmCommand<Void> {
    private final Flag<String> keyring;

    VerifyCommand() {
        super("verify PATH", "verify that a chart at the given path has been signed and is valid");
        keyring = flags.string("--keyring", "keyring containing public keys", null)
                .defValue(ChartPathFlags::defaultKeyring);
    }

    @Override
    int execute() {
        HelmArgs.exactly(this, 1);
        String ring = keyring.value() != null ? keyring.value() : keyring.defValue(context());
        var result = new Verify(SdkContext.printingLoadWarnings(spec).build())
                .run(new VerifyOptions(Path.of(args.get(0)), Path.of(ring)));
        PrintWriter out = out();
        out.print(result.verification().report());
        out.flush();
        return 0;
    }
}

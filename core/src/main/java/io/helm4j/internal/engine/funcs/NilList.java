package io.helm4j.internal.engine.funcs;

import io.helm4j.yaml.GoNil;
import java.util.ArrayList;

/** A nil {@code []interface {}}: an empty list to templates, {@code null} to toJson and toYaml. */
final class NilList extends ArrayList<Object> implements GoNil {
}

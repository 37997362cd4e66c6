;; Grows its memory a page at a time until the runtime refuses, then traps.
(module
  (memory (export "memory") 1)
  (func (export "helm_plugin_main") (result i32)
    (block $refused (loop $grow
      (br_if $refused (i32.eq (memory.grow (i32.const 1)) (i32.const -1)))
      (br $grow)))
    unreachable))

package io.helm4j.gotemplate;

/** One parsed template: its name, the name of the text it came from, its body and that text. */
record Tree(String name, String parseName, Node.ListNode root, String text) {
}

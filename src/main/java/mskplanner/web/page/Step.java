package mskplanner.web.page;

/** A labelled line of arithmetic or an assumption: {@code by ingress} = {@code ⌈120 ÷ 12⌉ = 10}. */
public record Step(String label, String value) {
}

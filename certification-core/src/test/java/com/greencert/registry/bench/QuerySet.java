package com.greencert.registry.bench;

import com.greencert.registry.domain.SupplierDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The benchmark's mixed query set, drawn from the synthetic registry: what buyers type — an English name with a
 * typo, pinyin run together, a Chinese brand, products with a place, an HS prefix, a USCC, a certificate number.
 * The same texts go to the bare Lucene index, the API and MariaDB FULLTEXT.
 */
public final class QuerySet {

    private QuerySet() {
    }

    /** Prints the query set URL-encoded, one a line (for wrk): suppliers, count, seed. */
    public static void main(String[] args) {
        int suppliers = Integer.parseInt(args[0]);
        for (String q : of(new SyntheticRegistry(args.length > 2 ? Long.parseLong(args[2]) : 42), suppliers,
                Integer.parseInt(args[1]), (args.length > 2 ? Long.parseLong(args[2]) : 42) + 1)) {
            System.out.println(java.net.URLEncoder.encode(q, java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    public static List<String> of(SyntheticRegistry registry, int suppliers, int count, long seed) {
        Random r = new Random(seed);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            SyntheticRegistry.Supplier s = registry.supplier(r.nextInt(suppliers));
            SupplierDocument d = s.document();
            out.add(switch (i % 8) {
                case 0 -> s.place().en() + " " + typo(s.brand()[1], r) + " battery";
                case 1 -> com.greencert.registry.lucene.Pinyin.joined(
                        com.greencert.registry.lucene.Pinyin.forms(s.brand()[0]).getLast());
                case 2 -> s.brand()[0];
                case 3 -> "lithium 18650 " + s.place().en();
                case 4 -> d.products().getFirst().hsCode().substring(0, 4);
                case 5 -> d.uscc() != null ? d.uscc() : s.place().zh() + s.brand()[0];
                case 6 -> d.certifications().isEmpty() ? s.place().en() + " " + s.brand()[1]
                        : d.certifications().getFirst().certificateNumber();
                default -> s.place().zh() + s.brand()[0];
            });
        }
        return out;
    }

    private static String typo(String word, Random r) {
        if (word.length() < 5) {
            return word;
        }
        int at = 1 + r.nextInt(word.length() - 2);
        return word.substring(0, at) + word.substring(at + 1); // one letter dropped
    }
}

package com.greencert.shared.api;

import com.greencert.shared.domain.PageRequest;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Documents the paging of every list once, in the OpenAPI document ({@code mp.openapi.filter}): an operation
 * with {@code limit} and {@code offset} query parameters gets their ranges and defaults, the 400 for a value
 * out of range, and the {@code X-Total-Count} and {@code Link} headers of its successful answer.
 */
public class PagingOpenApi implements OASFilter {

    @Override
    public Operation filterOperation(Operation operation) {
        List<Parameter> parameters = operation.getParameters();
        if (parameters == null || parameters.stream().noneMatch(p -> "limit".equals(p.getName()))
                || parameters.stream().noneMatch(p -> "offset".equals(p.getName()))) { // cursor-paged lists document themselves
            return operation;
        }
        for (Parameter p : parameters) {
            if ("limit".equals(p.getName())) {
                p.description("Rows per page, 1 to " + PageRequest.MAX_LIMIT + " (default " + PageRequest.DEFAULT_LIMIT
                        + "); anything else is a 400 problem naming the parameter")
                        .schema(integer(1, PageRequest.MAX_LIMIT, PageRequest.DEFAULT_LIMIT));
            } else if ("offset".equals(p.getName())) {
                p.description("Rows to skip, 0 or more (default 0), in the list's stable order; past the end the page is empty")
                        .schema(integer(0, Integer.MAX_VALUE, 0));
            }
        }
        if (operation.getResponses() != null) {
            // Payara names the answer of a method returning a list "default" unless a 200 is declared
            APIResponse ok = operation.getResponses().getAPIResponse("200") != null
                    ? operation.getResponses().getAPIResponse("200") : operation.getResponses().getDefaultValue();
            if (ok != null) {
                ok.addHeader(Paged.TOTAL_HEADER, OASFactory.createHeader()
                        .description("How many rows the whole list has").schema(OASFactory.createSchema()
                                .addType(Schema.SchemaType.INTEGER)));
                ok.addHeader("Link", OASFactory.createHeader()
                        .description("The next and previous pages (RFC 8288, rel=\"next\" / rel=\"prev\"), when there are any")
                        .style(Header.Style.SIMPLE).schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING)));
            }
            if (operation.getResponses().getAPIResponse("400") == null) {
                operation.getResponses().addAPIResponse("400", OASFactory.createAPIResponse()
                        .description("limit or offset out of range or not a number (application/problem+json)"));
            }
        }
        return operation;
    }

    private static Schema integer(int min, int max, int defaultValue) {
        return OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).minimum(BigDecimal.valueOf(min))
                .maximum(BigDecimal.valueOf(max)).defaultValue(defaultValue);
    }
}

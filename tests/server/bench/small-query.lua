-- wrk script: POST one small GraphQL query, as a client following the GraphQL over HTTP specification sends it.
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Accept"] = "application/graphql-response+json"
wrk.body = '{"query":"query Small { __typename __type(name: \\"Query\\") { name kind } }"}'

-- Every answer must be a 200; anything else would make the numbers meaningless.
response = function(status, headers, body)
  if status ~= 200 then
    error("unexpected status " .. status .. ": " .. body)
  end
end

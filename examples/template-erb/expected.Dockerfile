FROM ruby:<%= ruby_version %>-slim
RUN apt-get update
RUN apt-get install -y build-essential
<% if node %>
RUN apt-get install -y nodejs
<% end %>

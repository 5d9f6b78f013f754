using VioConcierge.Functions.Hosting;

FunctionApp.CreateBuilder(args).Build().Run();
